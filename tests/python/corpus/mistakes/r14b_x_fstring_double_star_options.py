# Mistake: a dict unpacked with ** inside an f-string's braces.
# the options of one run
options = {'workers': 3, 'delay': 0.5}
print('options:', options)
print(f'running with {**options}')
