# Mistake: the loop variable is named "in".
tasks = ['a', 'b', 'c']
for in in tasks:
    print(in)
