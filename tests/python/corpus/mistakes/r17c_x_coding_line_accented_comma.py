# -*- coding: utf-8 -*-
# A coding line, then a missing comma after accented words: CPython counts characters then
relevés = [21.5, 23.0]
print('Température', 'élevée' 'déjà' 3)
print(max(relevés))
