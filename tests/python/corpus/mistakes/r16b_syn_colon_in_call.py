# A colon instead of = in a keyword argument
print("== colon in call ==")


print("a", "b", sep: "-")
