"""A typist for the kill test: types a known text into the minutes through MinutesSaver and prints
"saved <ticket> <length>" each time a commit is reported. Run: python -m tests.store.minutes_typist DIR MEETING_ID"""
import sys
import time
from pathlib import Path

from kitdesk.store.minutes_saver import MinutesSaver
from tests.support import key_of

TEXT = ("Freja fortæller, at det er svært at komme i skole om morgenen. Mor oplever, at angsten fylder mere. "
        "Skolen har lavet en aftale om en rolig start i klassen. Æ ø å – ingen ord må gå tabt. ") * 200


def main(db_path: str, meeting_id: int) -> None:
    typed = {}

    def report(r):
        if r.error is None:
            print(f"saved {r.ticket} {typed.get(r.ticket, 0)}", flush=True)

    saver = MinutesSaver(Path(db_path), "Testbruger", report, key=key_of(Path(db_path).parent))
    for n in range(1, len(TEXT) + 1):
        ticket = saver.put("minutes", meeting_id, "perspective", TEXT[:n])
        typed[ticket] = n
        time.sleep(0.002)  # a fast typist
    saver.close()


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]))
