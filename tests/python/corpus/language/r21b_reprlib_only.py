# tutorial 11.1: reprlib.repr of a long set (printed sorted so deterministic)
import reprlib
print(reprlib.repr(sorted(set('supercalifragilisticexpialidocious'))))
# (end of the program)
# (end of the program)
