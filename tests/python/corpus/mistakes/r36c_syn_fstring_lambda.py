# formatting with a lambda right inside the f-string
prices = [1.5, 2.25]
print(f"{list(map(lambda p: p * 2, prices))}")
print(f"{lambda p: p * 2}")
# (end of the program)
