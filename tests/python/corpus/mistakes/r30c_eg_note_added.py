# Adding a note to an exception before re-raising it.
def load_row(n, text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f"while reading row {n}")
        e.add_note("hint: check the CSV file")
        raise

rows = ["1", "2", "x3"]
print([load_row(i, r) for i, r in enumerate(rows, 1)])
