# A colon instead of = in a keyword argument
print("a", "b", sep: "-")
