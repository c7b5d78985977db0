# colours as hex numbers; one has a letter that isn't hex
colors = [0xff0000, 0x00ff00, 0x00gg00]
print([hex(c) for c in colors])
# (end of the program)
# (end of the program)
