print(x, end=''int
x = 1
