# tutorial 3.1.2: indexing and slicing a word, out-of-range slices
word = 'Python'
print(word[0], word[5], word[-1], word[-2], word[-6])
print(word[0:2], word[2:5])
print(word[:2], word[4:], word[-2:])
print(word[:2] + word[2:])
print(word[:4] + word[4:])
print(word[4:42], word[42:], repr(word[42:]))
print(word[::-1], word[::2], word[1::2], word[-3:-1])
print('J' + word[1:])
print(word[:2] + 'py')
s = 'supercalifragilisticexpialidocious'
print(len(s))
print(word[42])
