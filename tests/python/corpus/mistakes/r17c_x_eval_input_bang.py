# eval() of "5!" as a learner types a factorial: SyntaxError invalid syntax in <string>
import math

for text in ['5', '3 + 2', '5!']:
    print(text, '->', math.factorial(eval(text)))
