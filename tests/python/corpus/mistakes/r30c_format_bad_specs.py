# Format specs that look right but are not.
n = 1234.5678
for spec in [",.2f", ".2f,", "10,d", "%", ".1%", "+,", "_x", "=10", "08.2", ".2s", "z.1f", ">>10", "10.2d"]:
    try:
        print(repr(spec), "->", repr(format(n, spec)))
    except ValueError as e:
        print(repr(spec), "ValueError:", e)
print(format(42, ".2s"))
