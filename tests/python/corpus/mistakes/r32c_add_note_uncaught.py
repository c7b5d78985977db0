# Adding notes to an exception before re-raising it.
def load_row(i, text):
    try:
        return float(text)
    except ValueError as e:
        e.add_note(f"while reading row {i}")
        e.add_note("hint: use a dot as decimal separator")
        raise

rows = ["1.5", "2,5"]
print([load_row(i, t) for i, t in enumerate(rows)])
