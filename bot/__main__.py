"""`python -m bot`: settings -> logging -> engine -> NewsroomBot."""

from __future__ import annotations

import logging
import sys

from pydantic import ValidationError

from bot.settings import BotSettings, settings_errors


def main() -> int:
    """Read .env and the environment, then run the Discord bot; returns the exit code."""
    try:
        settings = BotSettings()
    except ValidationError as error:
        for line in settings_errors(error):
            print(f"error: {line}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s"
    )
    from bot.discord.client import run_bot

    return run_bot(settings)


if __name__ == "__main__":
    sys.exit(main())
