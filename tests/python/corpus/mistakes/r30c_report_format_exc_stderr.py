# Printing the traceback text to stderr with traceback.format_exc.
import sys
import traceback

def parse_age(text):
    return int(text.strip())

for raw in ["41", " 7 ", "forty"]:
    try:
        print("age", parse_age(raw))
    except ValueError:
        print("could not parse", repr(raw))
        print(traceback.format_exc(), end="", file=sys.stderr)
