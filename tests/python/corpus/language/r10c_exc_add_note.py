def validate(row, n):
    try:
        return int(row["age"])
    except (KeyError, ValueError) as e:
        e.add_note(f"while validating row {n}: {row}")
        e.add_note("hint: age must be a whole number")
        raise

rows = [{"age": "3"}, {"age": "x"}, {}]
for n, row in enumerate(rows):
    try:
        print(validate(row, n))
    except Exception as e:
        print(type(e).__name__, e, e.__notes__)
e = ValueError("v")
try:
    e.add_note(5)
except TypeError as err:
    print(err)
print(hasattr(ValueError(), "__notes__"))
validate(rows[1], 1)
