# tutorial 3.1.3: lists, slicing, concatenation, mutability, nesting
squares = [1, 4, 9, 16, 25]
print(squares)
print(squares[0], squares[-1], squares[-3:])
print(squares[:])
print(squares + [36, 49, 64, 81, 100])
cubes = [1, 8, 27, 65, 125]
print(4 ** 3)
cubes[3] = 64
print(cubes)
cubes.append(216)
cubes.append(7 ** 3)
print(cubes)
rgb = ["Red", "Green", "Blue"]
rgba = rgb
print(id(rgb) == id(rgba))
rgba.append("Alph")
print(rgb)
correct_rgba = rgba[:]
correct_rgba[-1] = "Alpha"
print(correct_rgba, rgba)
letters = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
letters[2:5] = ['C', 'D', 'E']
print(letters)
letters[2:5] = []
print(letters)
letters[:] = []
print(letters, len(letters))
a = ['a', 'b', 'c']
n = [1, 2, 3]
x = [a, n]
print(x, x[0], x[0][1])
