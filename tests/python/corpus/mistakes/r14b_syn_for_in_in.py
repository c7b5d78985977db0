# Mistake: the loop variable is named "in".
tasks = ['a', 'b', 'c']
print('tasks:', len(tasks))
for in in tasks:
    print(in)
