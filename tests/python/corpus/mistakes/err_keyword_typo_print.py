print("a", "b", sep="-", ned="")
