# Mistake: a stray return in a for loop at module level.
numbers = [5, 7, 3, 6]
for n in numbers:
    if n > 6:
        return n
print('none over 6')
