# skipping bad rows with continue, but inside a helper function
def clean(row):
    if not row.strip():
        continue
    return row.strip()

for r in ["a", " ", "b"]:
    print(clean(r))
