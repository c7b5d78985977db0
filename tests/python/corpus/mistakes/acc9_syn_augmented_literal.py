# The operands of += the wrong way round.
total = 0
for n in range(5):
    n += total
    10 += total
print(total)
