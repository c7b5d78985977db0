# %d given a str read from input: TypeError a real number is required
n = input('n? ')
print()
print('%s! is coming' % n)
print('%d! is coming' % n)
