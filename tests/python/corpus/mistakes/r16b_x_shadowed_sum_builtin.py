# sum used as an accumulator, then called as the builtin
sum = 0
for n in [1, 2, 3]:
    sum += n
print(sum)
print(sum([4, 5]))
