# yield at module level, outside any function
for i in range(3):
    yield i
print('done')


