# calling print with sep twice after copy-pasting
names = ["a", "b", "c"]
print(*names, sep=", ", end="\n", sep=" | ")
# (end of the program)
# (end of the program)
