x = a or b or c
x = a or b and c
x = a or b | c
x = a or b ^ c
x = a or b & c
x = a or b << c
x = a or b >> c
x = a or b + c
x = a or b - c
x = a or b * c
x = a or b / c
x = a or b // c
x = a or b % c
x = a or b @ c
x = a or b ** c
x = a or b < c
x = a or b <= c
x = a or b > c
x = a or b >= c
x = a or b == c
x = a or b != c
x = a or b in c
x = a or b not in c
x = a or b is c
x = a or b is not c
x = a and b or c
x = a and b and c
x = a and b | c
x = a and b ^ c
x = a and b & c
x = a and b << c
x = a and b >> c
x = a and b + c
x = a and b - c
x = a and b * c
x = a and b / c
x = a and b // c
x = a and b % c
x = a and b @ c
x = a and b ** c
x = a and b < c
x = a and b <= c
x = a and b > c
x = a and b >= c
x = a and b == c
x = a and b != c
x = a and b in c
x = a and b not in c
x = a and b is c
x = a and b is not c
x = a | b or c
x = a | b and c
x = a | b | c
x = a | b ^ c
x = a | b & c
x = a | b << c
x = a | b >> c
x = a | b + c
x = a | b - c
x = a | b * c
x = a | b / c
x = a | b // c
x = a | b % c
x = a | b @ c
x = a | b ** c
x = a | b < c
x = a | b <= c
x = a | b > c
x = a | b >= c
x = a | b == c
x = a | b != c
x = a | b in c
x = a | b not in c
x = a | b is c
x = a | b is not c
x = a ^ b or c
x = a ^ b and c
x = a ^ b | c
x = a ^ b ^ c
x = a ^ b & c
x = a ^ b << c
x = a ^ b >> c
x = a ^ b + c
x = a ^ b - c
x = a ^ b * c
x = a ^ b / c
x = a ^ b // c
x = a ^ b % c
x = a ^ b @ c
x = a ^ b ** c
x = a ^ b < c
x = a ^ b <= c
x = a ^ b > c
x = a ^ b >= c
x = a ^ b == c
x = a ^ b != c
x = a ^ b in c
x = a ^ b not in c
x = a ^ b is c
x = a ^ b is not c
x = a & b or c
x = a & b and c
x = a & b | c
x = a & b ^ c
x = a & b & c
x = a & b << c
x = a & b >> c
x = a & b + c
x = a & b - c
x = a & b * c
x = a & b / c
x = a & b // c
x = a & b % c
x = a & b @ c
x = a & b ** c
x = a & b < c
x = a & b <= c
x = a & b > c
x = a & b >= c
x = a & b == c
x = a & b != c
x = a & b in c
x = a & b not in c
x = a & b is c
x = a & b is not c
x = a << b or c
x = a << b and c
x = a << b | c
x = a << b ^ c
x = a << b & c
x = a << b << c
x = a << b >> c
x = a << b + c
x = a << b - c
x = a << b * c
x = a << b / c
x = a << b // c
x = a << b % c
x = a << b @ c
x = a << b ** c
x = a << b < c
x = a << b <= c
x = a << b > c
x = a << b >= c
x = a << b == c
x = a << b != c
x = a << b in c
x = a << b not in c
x = a << b is c
x = a << b is not c
x = a >> b or c
x = a >> b and c
x = a >> b | c
x = a >> b ^ c
x = a >> b & c
x = a >> b << c
x = a >> b >> c
x = a >> b + c
x = a >> b - c
x = a >> b * c
x = a >> b / c
x = a >> b // c
x = a >> b % c
x = a >> b @ c
x = a >> b ** c
x = a >> b < c
x = a >> b <= c
x = a >> b > c
x = a >> b >= c
x = a >> b == c
x = a >> b != c
x = a >> b in c
x = a >> b not in c
x = a >> b is c
x = a >> b is not c
x = a + b or c
x = a + b and c
x = a + b | c
x = a + b ^ c
x = a + b & c
x = a + b << c
x = a + b >> c
x = a + b + c
x = a + b - c
x = a + b * c
x = a + b / c
x = a + b // c
x = a + b % c
x = a + b @ c
x = a + b ** c
x = a + b < c
x = a + b <= c
x = a + b > c
x = a + b >= c
x = a + b == c
x = a + b != c
x = a + b in c
x = a + b not in c
x = a + b is c
x = a + b is not c
x = a - b or c
x = a - b and c
x = a - b | c
x = a - b ^ c
x = a - b & c
x = a - b << c
x = a - b >> c
x = a - b + c
x = a - b - c
x = a - b * c
x = a - b / c
x = a - b // c
x = a - b % c
x = a - b @ c
x = a - b ** c
x = a - b < c
x = a - b <= c
x = a - b > c
x = a - b >= c
x = a - b == c
x = a - b != c
x = a - b in c
x = a - b not in c
x = a - b is c
x = a - b is not c
x = a * b or c
x = a * b and c
x = a * b | c
x = a * b ^ c
x = a * b & c
x = a * b << c
x = a * b >> c
x = a * b + c
x = a * b - c
x = a * b * c
x = a * b / c
x = a * b // c
x = a * b % c
x = a * b @ c
x = a * b ** c
x = a * b < c
x = a * b <= c
x = a * b > c
x = a * b >= c
x = a * b == c
x = a * b != c
x = a * b in c
x = a * b not in c
x = a * b is c
x = a * b is not c
x = a / b or c
x = a / b and c
x = a / b | c
x = a / b ^ c
x = a / b & c
x = a / b << c
x = a / b >> c
x = a / b + c
x = a / b - c
x = a / b * c
x = a / b / c
x = a / b // c
x = a / b % c
x = a / b @ c
x = a / b ** c
x = a / b < c
x = a / b <= c
x = a / b > c
x = a / b >= c
x = a / b == c
x = a / b != c
x = a / b in c
x = a / b not in c
x = a / b is c
x = a / b is not c
x = a // b or c
x = a // b and c
x = a // b | c
x = a // b ^ c
x = a // b & c
x = a // b << c
x = a // b >> c
x = a // b + c
x = a // b - c
x = a // b * c
x = a // b / c
x = a // b // c
x = a // b % c
x = a // b @ c
x = a // b ** c
x = a // b < c
x = a // b <= c
x = a // b > c
x = a // b >= c
x = a // b == c
x = a // b != c
x = a // b in c
x = a // b not in c
x = a // b is c
x = a // b is not c
x = a % b or c
x = a % b and c
x = a % b | c
x = a % b ^ c
x = a % b & c
x = a % b << c
x = a % b >> c
x = a % b + c
x = a % b - c
x = a % b * c
x = a % b / c
x = a % b // c
x = a % b % c
x = a % b @ c
x = a % b ** c
x = a % b < c
x = a % b <= c
x = a % b > c
x = a % b >= c
x = a % b == c
x = a % b != c
x = a % b in c
x = a % b not in c
x = a % b is c
x = a % b is not c
x = a @ b or c
x = a @ b and c
x = a @ b | c
x = a @ b ^ c
x = a @ b & c
x = a @ b << c
x = a @ b >> c
x = a @ b + c
x = a @ b - c
x = a @ b * c
x = a @ b / c
x = a @ b // c
x = a @ b % c
x = a @ b @ c
x = a @ b ** c
x = a @ b < c
x = a @ b <= c
x = a @ b > c
x = a @ b >= c
x = a @ b == c
x = a @ b != c
x = a @ b in c
x = a @ b not in c
x = a @ b is c
x = a @ b is not c
x = a ** b or c
x = a ** b and c
x = a ** b | c
x = a ** b ^ c
x = a ** b & c
x = a ** b << c
x = a ** b >> c
x = a ** b + c
x = a ** b - c
x = a ** b * c
x = a ** b / c
x = a ** b // c
x = a ** b % c
x = a ** b @ c
x = a ** b ** c
x = a ** b < c
x = a ** b <= c
x = a ** b > c
x = a ** b >= c
x = a ** b == c
x = a ** b != c
x = a ** b in c
x = a ** b not in c
x = a ** b is c
x = a ** b is not c
x = a < b or c
x = a < b and c
x = a < b | c
x = a < b ^ c
x = a < b & c
x = a < b << c
x = a < b >> c
x = a < b + c
x = a < b - c
x = a < b * c
x = a < b / c
x = a < b // c
x = a < b % c
x = a < b @ c
x = a < b ** c
x = a < b < c
x = a < b <= c
x = a < b > c
x = a < b >= c
x = a < b == c
x = a < b != c
x = a < b in c
x = a < b not in c
x = a < b is c
x = a < b is not c
x = a <= b or c
x = a <= b and c
x = a <= b | c
x = a <= b ^ c
x = a <= b & c
x = a <= b << c
x = a <= b >> c
x = a <= b + c
x = a <= b - c
x = a <= b * c
x = a <= b / c
x = a <= b // c
x = a <= b % c
x = a <= b @ c
x = a <= b ** c
x = a <= b < c
x = a <= b <= c
x = a <= b > c
x = a <= b >= c
x = a <= b == c
x = a <= b != c
x = a <= b in c
x = a <= b not in c
x = a <= b is c
x = a <= b is not c
x = a > b or c
x = a > b and c
x = a > b | c
x = a > b ^ c
x = a > b & c
x = a > b << c
x = a > b >> c
x = a > b + c
x = a > b - c
x = a > b * c
x = a > b / c
x = a > b // c
x = a > b % c
x = a > b @ c
x = a > b ** c
x = a > b < c
x = a > b <= c
x = a > b > c
x = a > b >= c
x = a > b == c
x = a > b != c
x = a > b in c
x = a > b not in c
x = a > b is c
x = a > b is not c
x = a >= b or c
x = a >= b and c
x = a >= b | c
x = a >= b ^ c
x = a >= b & c
x = a >= b << c
x = a >= b >> c
x = a >= b + c
x = a >= b - c
x = a >= b * c
x = a >= b / c
x = a >= b // c
x = a >= b % c
x = a >= b @ c
x = a >= b ** c
x = a >= b < c
x = a >= b <= c
x = a >= b > c
x = a >= b >= c
x = a >= b == c
x = a >= b != c
x = a >= b in c
x = a >= b not in c
x = a >= b is c
x = a >= b is not c
x = a == b or c
x = a == b and c
x = a == b | c
x = a == b ^ c
x = a == b & c
x = a == b << c
x = a == b >> c
x = a == b + c
x = a == b - c
x = a == b * c
x = a == b / c
x = a == b // c
x = a == b % c
x = a == b @ c
x = a == b ** c
x = a == b < c
x = a == b <= c
x = a == b > c
x = a == b >= c
x = a == b == c
x = a == b != c
x = a == b in c
x = a == b not in c
x = a == b is c
x = a == b is not c
x = a != b or c
x = a != b and c
x = a != b | c
x = a != b ^ c
x = a != b & c
x = a != b << c
x = a != b >> c
x = a != b + c
x = a != b - c
x = a != b * c
x = a != b / c
x = a != b // c
x = a != b % c
x = a != b @ c
x = a != b ** c
x = a != b < c
x = a != b <= c
x = a != b > c
x = a != b >= c
x = a != b == c
x = a != b != c
x = a != b in c
x = a != b not in c
x = a != b is c
x = a != b is not c
x = a in b or c
x = a in b and c
x = a in b | c
x = a in b ^ c
x = a in b & c
x = a in b << c
x = a in b >> c
x = a in b + c
x = a in b - c
x = a in b * c
x = a in b / c
x = a in b // c
x = a in b % c
x = a in b @ c
x = a in b ** c
x = a in b < c
x = a in b <= c
x = a in b > c
x = a in b >= c
x = a in b == c
x = a in b != c
x = a in b in c
x = a in b not in c
x = a in b is c
x = a in b is not c
x = a not in b or c
x = a not in b and c
x = a not in b | c
x = a not in b ^ c
x = a not in b & c
x = a not in b << c
x = a not in b >> c
x = a not in b + c
x = a not in b - c
x = a not in b * c
x = a not in b / c
x = a not in b // c
x = a not in b % c
x = a not in b @ c
x = a not in b ** c
x = a not in b < c
x = a not in b <= c
x = a not in b > c
x = a not in b >= c
x = a not in b == c
x = a not in b != c
x = a not in b in c
x = a not in b not in c
x = a not in b is c
x = a not in b is not c
x = a is b or c
x = a is b and c
x = a is b | c
x = a is b ^ c
x = a is b & c
x = a is b << c
x = a is b >> c
x = a is b + c
x = a is b - c
x = a is b * c
x = a is b / c
x = a is b // c
x = a is b % c
x = a is b @ c
x = a is b ** c
x = a is b < c
x = a is b <= c
x = a is b > c
x = a is b >= c
x = a is b == c
x = a is b != c
x = a is b in c
x = a is b not in c
x = a is b is c
x = a is b is not c
x = a is not b or c
x = a is not b and c
x = a is not b | c
x = a is not b ^ c
x = a is not b & c
x = a is not b << c
x = a is not b >> c
x = a is not b + c
x = a is not b - c
x = a is not b * c
x = a is not b / c
x = a is not b // c
x = a is not b % c
x = a is not b @ c
x = a is not b ** c
x = a is not b < c
x = a is not b <= c
x = a is not b > c
x = a is not b >= c
x = a is not b == c
x = a is not b != c
x = a is not b in c
x = a is not b not in c
x = a is not b is c
x = a is not b is not c
x = not a or b
x = a or not b
x = not a and b
x = a and not b
x = not a | b
x = a | (not b)
x = not a ^ b
x = a ^ (not b)
x = not a & b
x = a & (not b)
x = not a << b
x = a << (not b)
x = not a >> b
x = a >> (not b)
x = not a + b
x = a + (not b)
x = not a - b
x = a - (not b)
x = not a * b
x = a * (not b)
x = not a / b
x = a / (not b)
x = not a // b
x = a // (not b)
x = not a % b
x = a % (not b)
x = not a @ b
x = a @ (not b)
x = not a ** b
x = a ** (not b)
x = not a < b
x = a < (not b)
x = not a <= b
x = a <= (not b)
x = not a > b
x = a > (not b)
x = not a >= b
x = a >= (not b)
x = not a == b
x = a == (not b)
x = not a != b
x = a != (not b)
x = not a in b
x = a in (not b)
x = not a not in b
x = a not in (not b)
x = not a is b
x = a is (not b)
x = not a is not b
x = a is not (not b)
x = -a or b
x = a or -b
x = -a and b
x = a and -b
x = -a | b
x = a | -b
x = -a ^ b
x = a ^ -b
x = -a & b
x = a & -b
x = -a << b
x = a << -b
x = -a >> b
x = a >> -b
x = -a + b
x = a + -b
x = -a - b
x = a - -b
x = -a * b
x = a * -b
x = -a / b
x = a / -b
x = -a // b
x = a // -b
x = -a % b
x = a % -b
x = -a @ b
x = a @ -b
x = -a ** b
x = a ** -b
x = -a < b
x = a < -b
x = -a <= b
x = a <= -b
x = -a > b
x = a > -b
x = -a >= b
x = a >= -b
x = -a == b
x = a == -b
x = -a != b
x = a != -b
x = -a in b
x = a in -b
x = -a not in b
x = a not in -b
x = -a is b
x = a is -b
x = -a is not b
x = a is not -b
x = +a or b
x = a or +b
x = +a and b
x = a and +b
x = +a | b
x = a | +b
x = +a ^ b
x = a ^ +b
x = +a & b
x = a & +b
x = +a << b
x = a << +b
x = +a >> b
x = a >> +b
x = +a + b
x = a + +b
x = +a - b
x = a - +b
x = +a * b
x = a * +b
x = +a / b
x = a / +b
x = +a // b
x = a // +b
x = +a % b
x = a % +b
x = +a @ b
x = a @ +b
x = +a ** b
x = a ** +b
x = +a < b
x = a < +b
x = +a <= b
x = a <= +b
x = +a > b
x = a > +b
x = +a >= b
x = a >= +b
x = +a == b
x = a == +b
x = +a != b
x = a != +b
x = +a in b
x = a in +b
x = +a not in b
x = a not in +b
x = +a is b
x = a is +b
x = +a is not b
x = a is not +b
x = ~a or b
x = a or ~b
x = ~a and b
x = a and ~b
x = ~a | b
x = a | ~b
x = ~a ^ b
x = a ^ ~b
x = ~a & b
x = a & ~b
x = ~a << b
x = a << ~b
x = ~a >> b
x = a >> ~b
x = ~a + b
x = a + ~b
x = ~a - b
x = a - ~b
x = ~a * b
x = a * ~b
x = ~a / b
x = a / ~b
x = ~a // b
x = a // ~b
x = ~a % b
x = a % ~b
x = ~a @ b
x = a @ ~b
x = ~a ** b
x = a ** ~b
x = ~a < b
x = a < ~b
x = ~a <= b
x = a <= ~b
x = ~a > b
x = a > ~b
x = ~a >= b
x = a >= ~b
x = ~a == b
x = a == ~b
x = ~a != b
x = a != ~b
x = ~a in b
x = a in ~b
x = ~a not in b
x = a not in ~b
x = ~a is b
x = a is ~b
x = ~a is not b
x = a is not ~b
x = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9 + a10 + a11 + a12 + a13 + a14 + a15 + a16 + a17 + a18 + a19 + a20 + a21 + a22 + a23 + a24 + a25 + a26 + a27 + a28 + a29 + a30 + a31 + a32 + a33 + a34 + a35 + a36 + a37 + a38 + a39 + a40 + a41 + a42 + a43 + a44 + a45 + a46 + a47 + a48 + a49 + a50 + a51 + a52 + a53 + a54 + a55 + a56 + a57 + a58 + a59 + a60 + a61 + a62 + a63 + a64 + a65 + a66 + a67 + a68 + a69 + a70 + a71 + a72 + a73 + a74 + a75 + a76 + a77 + a78 + a79 + a80 + a81 + a82 + a83 + a84 + a85 + a86 + a87 + a88 + a89 + a90 + a91 + a92 + a93 + a94 + a95 + a96 + a97 + a98 + a99 + a100 + a101 + a102 + a103 + a104 + a105 + a106 + a107 + a108 + a109 + a110 + a111 + a112 + a113 + a114 + a115 + a116 + a117 + a118 + a119 + a120 + a121 + a122 + a123 + a124 + a125 + a126 + a127 + a128 + a129 + a130 + a131 + a132 + a133 + a134 + a135 + a136 + a137 + a138 + a139 + a140 + a141 + a142 + a143 + a144 + a145 + a146 + a147 + a148 + a149 + a150 + a151 + a152 + a153 + a154 + a155 + a156 + a157 + a158 + a159 + a160 + a161 + a162 + a163 + a164 + a165 + a166 + a167 + a168 + a169 + a170 + a171 + a172 + a173 + a174 + a175 + a176 + a177 + a178 + a179 + a180 + a181 + a182 + a183 + a184 + a185 + a186 + a187 + a188 + a189 + a190 + a191 + a192 + a193 + a194 + a195 + a196 + a197 + a198 + a199
x = a0 ** a1 ** a2 ** a3 ** a4 ** a5 ** a6 ** a7 ** a8 ** a9 ** a10 ** a11 ** a12 ** a13 ** a14 ** a15 ** a16 ** a17 ** a18 ** a19 ** a20 ** a21 ** a22 ** a23 ** a24 ** a25 ** a26 ** a27 ** a28 ** a29 ** a30 ** a31 ** a32 ** a33 ** a34 ** a35 ** a36 ** a37 ** a38 ** a39
x = ----------------------------------------------------------------------------------------------------a
x = not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not not a
x = a0 if c else a1 if c else a2 if c else a3 if c else a4 if c else a5 if c else a6 if c else a7 if c else a8 if c else a9 if c else a10 if c else a11 if c else a12 if c else a13 if c else a14 if c else a15 if c else a16 if c else a17 if c else a18 if c else a19 if c else a20 if c else a21 if c else a22 if c else a23 if c else a24 if c else a25 if c else a26 if c else a27 if c else a28 if c else a29 if c else a30 if c else a31 if c else a32 if c else a33 if c else a34 if c else a35 if c else a36 if c else a37 if c else a38 if c else a39 if c else a40 if c else a41 if c else a42 if c else a43 if c else a44 if c else a45 if c else a46 if c else a47 if c else a48 if c else a49
x = -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** -a ** b
x = a0 < a1 < a2 < a3 < a4 < a5 < a6 < a7 < a8 < a9 < a10 < a11 < a12 < a13 < a14 < a15 < a16 < a17 < a18 < a19 < a20 < a21 < a22 < a23 < a24 < a25 < a26 < a27 < a28 < a29 < a30 < a31 < a32 < a33 < a34 < a35 < a36 < a37 < a38 < a39 < a40 < a41 < a42 < a43 < a44 < a45 < a46 < a47 < a48 < a49
x = a0.a1.a2.a3.a4.a5.a6.a7.a8.a9.a10.a11.a12.a13.a14.a15.a16.a17.a18.a19.a20.a21.a22.a23.a24.a25.a26.a27.a28.a29.a30.a31.a32.a33.a34.a35.a36.a37.a38.a39.a40.a41.a42.a43.a44.a45.a46.a47.a48.a49.a50.a51.a52.a53.a54.a55.a56.a57.a58.a59.a60.a61.a62.a63.a64.a65.a66.a67.a68.a69.a70.a71.a72.a73.a74.a75.a76.a77.a78.a79.a80.a81.a82.a83.a84.a85.a86.a87.a88.a89.a90.a91.a92.a93.a94.a95.a96.a97.a98.a99
x = f(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)(1)
x = a[1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1][1]
