# C habit: i++ in a while loop.
i = 0
while i < 3:
    print(i)
    i++
