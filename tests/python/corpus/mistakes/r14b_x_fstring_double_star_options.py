# Mistake: a dict unpacked with ** inside an f-string's braces.
options = {'workers': 3, 'delay': 0.5}
print('options:', options)
print(f'running with {**options}')
