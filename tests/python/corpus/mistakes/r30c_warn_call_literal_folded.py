# Missing commas that make calls and subscripts of literals and folded values.
rows = [
    ("a", 1)
    ("b", 2)
]
