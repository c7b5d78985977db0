# An error chained twice, with notes added on the way up.
def read_value(raw):
    return float(raw)

def read_row(row):
    try:
        return [read_value(x) for x in row]
    except ValueError as e:
        e.add_note(f"while reading row {row}")
        raise

def read_table(rows):
    out = []
    for i, row in enumerate(rows):
        try:
            out.append(read_row(row))
        except ValueError as e:
            raise RuntimeError(f"table broken at line {i + 1}") from e
    return out

print(read_table([["1", "2"], ["3", "4"]]))
read_table([["1", "2"], ["3", "x4"]])
