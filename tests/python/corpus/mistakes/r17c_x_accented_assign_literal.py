# = instead of == with an accented string on the left: cannot assign to literal
réponse = input('Oui ou non ? ')
print()
if 'élève' = réponse:
    print('bien')
else:
    print('dommage')
