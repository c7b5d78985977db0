# yield at module level, outside any function
# (kept short on purpose: the mistake is the point)
for i in range(3):
    yield i
print('done')


