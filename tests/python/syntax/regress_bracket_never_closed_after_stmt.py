x = a o[ not b and c
y = 1
