# Mistake: comparing neighbours with i + 1 runs off the end of the list.
values = [1, 2, 6, 24, 120]
for i in range(len(values)):
    ratio = values[i + 1] // values[i]
    print(f'{values[i + 1]} / {values[i]} = {ratio}')
