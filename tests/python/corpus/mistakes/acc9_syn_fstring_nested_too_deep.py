# Format specs nested three deep.
print("start")

width, prec, x = 10, 2, 3.14159
print(f"{x:{width}.{prec}f}")
print(f"{x:{width:{prec:{1}}}}")
