# a class that builds its lookup table from a class attribute in a comprehension
class Units:
    factor = 1000
    names = ["g", "kg", "t"]
    table = {n: factor ** i for i, n in enumerate(names)}

print(Units.table)
