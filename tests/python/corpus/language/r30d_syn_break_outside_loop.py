# break used inside an if that is not in a loop
items = []
if not items:
    print('nothing to do')
    break
print('end')
