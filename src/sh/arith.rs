//! Arithmetic expansion `$((…))`: integers, the C operators, variables and assignments.

/// Reads (`None`) or writes (`Some(v)`) a variable; returns its value as text when set.
pub(crate) type VarAccess<'a> = dyn FnMut(&str, Option<i64>) -> Option<String> + 'a;

#[derive(Clone, Debug, PartialEq)]
enum T {
    Num(i64),
    Name(String),
    Op(&'static str),
}

const OPS: [&str; 38] = [
    "<<=", ">>=", "**", "<<", ">>", "<=", ">=", "==", "!=", "&&", "||", "+=", "-=", "*=", "/=",
    "%=", "&=", "|=", "^=", "++", "--", "+", "-", "*", "/", "%", "<", ">", "&", "|", "^", "!", "~",
    "(", ")", "?", ":", "=",
];

fn tokenize(s: &str) -> Result<Vec<T>, String> {
    let b: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut out = Vec::new();
    'outer: while i < b.len() {
        let c = b[i];
        if c.is_whitespace() {
            i += 1;
            continue;
        }
        if c.is_ascii_digit() {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == '#') {
                i += 1;
            }
            let text: String = b[start..i].iter().collect();
            out.push(T::Num(parse_number(&text)?));
            continue;
        }
        if c == '_' || c.is_ascii_alphabetic() {
            let start = i;
            while i < b.len() && (b[i] == '_' || b[i].is_ascii_alphanumeric()) {
                i += 1;
            }
            out.push(T::Name(b[start..i].iter().collect()));
            continue;
        }
        for op in OPS {
            let n = op.chars().count();
            if i + n <= b.len() && b[i..i + n].iter().copied().eq(op.chars()) {
                out.push(T::Op(op));
                i += n;
                continue 'outer;
            }
        }
        return Err(format!(
            "expecting primary: \"{}\"",
            b[i..].iter().collect::<String>()
        ));
    }
    Ok(out)
}

fn parse_number(text: &str) -> Result<i64, String> {
    let bad = || format!("Illegal number: {text}");
    if let Some(hex) = text.strip_prefix("0x").or_else(|| text.strip_prefix("0X")) {
        return i64::from_str_radix(hex, 16).map_err(|_| bad());
    }
    if text.len() > 1 && text.starts_with('0') {
        return i64::from_str_radix(&text[1..], 8).map_err(|_| bad());
    }
    text.parse().map_err(|_| bad())
}

struct P<'v, 'a> {
    toks: Vec<T>,
    pos: usize,
    vars: &'v mut VarAccess<'a>,
    depth: usize,
    /// When false (the untaken side of `&&`, `||`, `?:`), nothing is assigned.
    live: bool,
}

/// Evaluate `expr`.
pub(crate) fn eval(expr: &str, vars: &mut VarAccess<'_>) -> Result<i64, String> {
    eval_depth(expr, vars, 0)
}

fn eval_depth(expr: &str, vars: &mut VarAccess<'_>, depth: usize) -> Result<i64, String> {
    if depth > 16 {
        return Err("expression recursion too deep".into());
    }
    let toks = tokenize(expr)?;
    if toks.is_empty() {
        return Ok(0);
    }
    let mut p = P {
        toks,
        pos: 0,
        vars,
        depth,
        live: true,
    };
    let v = p.assign()?;
    if p.pos < p.toks.len() {
        return Err("syntax error".into());
    }
    Ok(v)
}

impl P<'_, '_> {
    fn peek_op(&self) -> Option<&'static str> {
        match self.toks.get(self.pos) {
            Some(T::Op(o)) => Some(o),
            _ => None,
        }
    }

    fn var(&mut self, name: &str) -> Result<i64, String> {
        match (self.vars)(name, None) {
            None => Ok(0),
            Some(s) if s.trim().is_empty() => Ok(0),
            Some(s) => match s.trim().parse::<i64>() {
                Ok(n) => Ok(n),
                Err(_) => eval_depth(&s, self.vars, self.depth + 1),
            },
        }
    }

    fn set(&mut self, name: &str, v: i64) {
        if self.live {
            (self.vars)(name, Some(v));
        }
    }

    fn assign(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > 200 {
            return Err("expression too deep".into());
        }
        let r = self.assign_inner();
        self.depth -= 1;
        r
    }

    fn assign_inner(&mut self) -> Result<i64, String> {
        if let (Some(T::Name(n)), Some(T::Op(op))) = (
            self.toks.get(self.pos).cloned(),
            self.toks.get(self.pos + 1),
        ) {
            let op = *op;
            if matches!(
                op,
                "=" | "+=" | "-=" | "*=" | "/=" | "%=" | "<<=" | ">>=" | "&=" | "|=" | "^="
            ) {
                self.pos += 2;
                let rhs = self.assign()?;
                let v = if op == "=" {
                    rhs
                } else {
                    let cur = self.var(&n)?;
                    binop(&op[..op.len() - 1], cur, rhs)?
                };
                self.set(&n, v);
                return Ok(v);
            }
        }
        self.ternary()
    }

    fn ternary(&mut self) -> Result<i64, String> {
        let c = self.binary(0)?;
        if self.peek_op() == Some("?") {
            self.pos += 1;
            let live = self.live;
            self.live = live && c != 0;
            let a = self.assign()?;
            if self.peek_op() != Some(":") {
                return Err("expecting ':'".into());
            }
            self.pos += 1;
            self.live = live && c == 0;
            let b = self.assign()?;
            self.live = live;
            return Ok(if c != 0 { a } else { b });
        }
        Ok(c)
    }

    fn binary(&mut self, min_prec: u8) -> Result<i64, String> {
        let mut lhs = self.unary()?;
        while let Some(op) = self.peek_op() {
            let Some(prec) = precedence(op) else { break };
            if prec < min_prec {
                break;
            }
            self.pos += 1;
            if op == "&&" || op == "||" {
                let live = self.live;
                let short = if op == "&&" { lhs == 0 } else { lhs != 0 };
                self.live = live && !short;
                let rhs = self.binary(prec + 1)?;
                self.live = live;
                lhs = i64::from(if op == "&&" {
                    lhs != 0 && rhs != 0
                } else {
                    lhs != 0 || rhs != 0
                });
                continue;
            }
            let next = if op == "**" { prec } else { prec + 1 };
            let rhs = self.binary(next)?;
            lhs = if self.live || !matches!(op, "/" | "%") {
                binop(op, lhs, rhs)?
            } else {
                0
            };
        }
        Ok(lhs)
    }

    fn unary(&mut self) -> Result<i64, String> {
        self.depth += 1;
        if self.depth > 200 {
            return Err("expression too deep".into());
        }
        let r = self.unary_inner();
        self.depth -= 1;
        r
    }

    fn unary_inner(&mut self) -> Result<i64, String> {
        match self.toks.get(self.pos).cloned() {
            Some(T::Op(op @ ("-" | "+" | "!" | "~"))) => {
                self.pos += 1;
                let v = self.unary()?;
                Ok(match op {
                    "-" => v.wrapping_neg(),
                    "+" => v,
                    "!" => i64::from(v == 0),
                    _ => !v,
                })
            }
            Some(T::Op(op @ ("++" | "--"))) => {
                self.pos += 1;
                let Some(T::Name(n)) = self.toks.get(self.pos).cloned() else {
                    return Err("expecting primary".into());
                };
                self.pos += 1;
                let v = self.var(&n)?.wrapping_add(if op == "++" { 1 } else { -1 });
                self.set(&n, v);
                Ok(v)
            }
            Some(T::Op("(")) => {
                self.pos += 1;
                let v = self.assign()?;
                if self.peek_op() != Some(")") {
                    return Err("expecting ')'".into());
                }
                self.pos += 1;
                Ok(v)
            }
            Some(T::Num(n)) => {
                self.pos += 1;
                Ok(n)
            }
            Some(T::Name(n)) => {
                self.pos += 1;
                let v = self.var(&n)?;
                if let Some(op @ ("++" | "--")) = self.peek_op() {
                    self.pos += 1;
                    self.set(&n, v.wrapping_add(if op == "++" { 1 } else { -1 }));
                }
                Ok(v)
            }
            _ => Err("expecting primary".into()),
        }
    }
}

fn precedence(op: &str) -> Option<u8> {
    Some(match op {
        "||" => 1,
        "&&" => 2,
        "|" => 3,
        "^" => 4,
        "&" => 5,
        "==" | "!=" => 6,
        "<" | ">" | "<=" | ">=" => 7,
        "<<" | ">>" => 8,
        "+" | "-" => 9,
        "*" | "/" | "%" => 10,
        "**" => 11,
        _ => return None,
    })
}

fn binop(op: &str, a: i64, b: i64) -> Result<i64, String> {
    Ok(match op {
        "+" => a.wrapping_add(b),
        "-" => a.wrapping_sub(b),
        "*" => a.wrapping_mul(b),
        "/" | "%" if b == 0 => return Err("division by zero".into()),
        "/" => a.wrapping_div(b),
        "%" => a.wrapping_rem(b),
        "**" => {
            if b < 0 {
                return Err("exponent less than 0".into());
            }
            a.wrapping_pow(b.min(u32::MAX as i64) as u32)
        }
        "<<" => a.wrapping_shl((b & 63) as u32),
        ">>" => a.wrapping_shr((b & 63) as u32),
        "<" => i64::from(a < b),
        ">" => i64::from(a > b),
        "<=" => i64::from(a <= b),
        ">=" => i64::from(a >= b),
        "==" => i64::from(a == b),
        "!=" => i64::from(a != b),
        "&" => a & b,
        "|" => a | b,
        "^" => a ^ b,
        _ => return Err(format!("unknown operator {op}")),
    })
}
