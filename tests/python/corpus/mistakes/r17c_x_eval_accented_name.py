# eval() of an expression naming an accented variable that does not exist, then a missing comma after accents
données = [3, 4]
print(eval('len(données) + 1'))
try:
    eval("max('é', 'à' 'ü' 1)")
except SyntaxError as e:
    print(e.msg, e.offset, e.end_offset)
print(eval('donnée[0]'))
