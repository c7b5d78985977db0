# coding: latin-1
# Saved as UTF-8 with a BOM, but declaring Latin-1: CPython refuses the mix
print("never printed")
for i in range(3):
    print(i)
