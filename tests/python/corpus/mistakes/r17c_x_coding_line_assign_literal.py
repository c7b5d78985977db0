# coding: utf-8
# A coding line, then = for == after an accented literal: the caret range in characters
réponse = 'non'
if 'élève' = réponse:
    print('oui')
