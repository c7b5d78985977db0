# Printing the traceback by hand in an except block and carrying on.
import traceback

def parse(rows):
    return [int(r) for r in rows]

for rows in (["1", "2"], ["3", "x"]):
    try:
        print(parse(rows))
    except ValueError:
        traceback.print_exc()
        print("skipping bad rows")
