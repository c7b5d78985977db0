# An exception with a note added before re-raising (3.11).
def parse(line_no, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while parsing line {line_no}")
        raise

for i, t in enumerate(["1", "x"], 1):
    print(parse(i, t))
