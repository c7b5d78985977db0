# An unknown name in a \N{...} escape.
print("start")

print("\N{BLACK STAR}")
print("\N{PYTHON LOGO}")
