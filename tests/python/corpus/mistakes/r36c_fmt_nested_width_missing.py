# a table with a width from a keyword, forgot to pass it
rows = [("apples", 3), ("kiwis", 12)]
for name, n in rows:
    print("{:<{w}}|{:>3}".format(name, n))
# (end of the program)
