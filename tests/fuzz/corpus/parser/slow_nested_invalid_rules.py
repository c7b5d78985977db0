match command.split( pyiass
for (a, b), *cplit( pyclassbreakiass
fommand.split( pyiass
for (a, belse), *cplit( pybrnd.split( pyiass
for (a, b*c), plit( plit( pyiass
for (a, b*c), lit( pyiass
for (a, belse), *cplit( pybrnd.split( pyiass
for (a, b*c), plit( plit( pyiass
for (a, b*ommand.split( pyiass
for (a, it( pyiass
for (a, b), *cplit( pyclassbreakiass
fommand.split( pyiass
for (a, belse), *cplit( pybrnd.split( pyiass
for (a, b*c), plit( plit( pyiass
for (a, b*c), lit( pyiass
for (a, belse), *cplit( pybrnd.split( pyiass
for (a, b*c), plit( plit( pyiass
for (a, b*ommand.split( pyiass
for (a, lit( plit( pyiass
folit( plit( pyiass
for (a, b*c), ommand.split( pyiass
for (a, b),plit b - *