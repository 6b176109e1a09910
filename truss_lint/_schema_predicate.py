"""Generated from schemas/truss-config.schema.json by scripts/compile_data.py: do not edit.

`is_valid(config)` is the schema's yes/no test (`_compiled_schema.Validator`'s predicate), one
function per subschema with each keyword test inlined. See scripts/schema_predicate.py.
"""
# flake8: noqa
import re

from ._compiled_schema import _EXACT_TYPES, _first_repeat
from .schema import _in, type_name

SCHEMA_LENGTH = 87090
SCHEMA_CRC32 = 3767521322

_kind = _EXACT_TYPES.get


def _always(v):
    return True


def _never(v):
    return False

_c0 = frozenset(['null', 'string'])
_c1 = frozenset(['py310', 'py311', 'py312', 'py313', 'py314', 'py39'])
_c2 = ['py39', 'py310', 'py311', 'py312', 'py313', 'py314']
_c3 = frozenset(['boolean', 'integer', 'null', 'number', 'string'])
def _c4(text):
    global _c4
    _c4 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)m)$').search
    return _c4(text)

def _c5(text):
    global _c5
    _c5 = re.compile('^(\\s*\\+?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*|([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(k|M|G|T|P|E|Ki|Mi|Gi|Ti|Pi|Ei))$').search
    return _c5(text)

def _c6(text):
    global _c6
    _c6 = re.compile('^\\s*v?[0-9]+(\\.[0-9]+)*([._-]?(a|b|rc|alpha|beta|c|pre|preview|post|rev|r|dev)[._-]?[0-9]*)*(\\+[A-Za-z0-9.]+)?\\s*$').search
    return _c6(text)

_c7 = frozenset(['TRT_LLM', 'TrussServer'])
_c8 = ['TrussServer', 'TRT_LLM']
_c9 = [False]
def _c10(text):
    global _c10
    _c10 = re.compile('^([tT][rR][uU][eE]|[fF][aA][lL][sS][eE]|[yY][eE][sS]|[nN][oO]|[oO][nN]|[oO][fF][fF]|[tTfFyYnN]|0|1)$').search
    return _c10(text)

def _c11(text):
    global _c11
    _c11 = re.compile('^(/[\\s\\S]*)?$').search
    return _c11(text)

def _c12(text):
    global _c12
    _c12 = re.compile('^\\s*(RTX_PRO_6000|A100_40GB|H100_40GB|GB300|A100|A10G|B200|B300|H100|H200|L40S|V100|B10|L4|T4)(:0*[1-9][0-9]*)?\\s*$').search
    return _c12(text)

def _c13(text):
    global _c13
    _c13 = re.compile('^\\s*[+-]?[0-9]+\\s*$').search
    return _c13(text)

_c14 = frozenset(['azure', 'gcs', 'hf', 's3'])
_c15 = ['hf', 'gcs', 's3', 'azure']
def _c16(text):
    global _c16
    _c16 = re.compile('^(hf|s3|gs|azure|r2|cw|https)://[^/][\\s\\S]*$').search
    return _c16(text)

def _c17(text):
    global _c17
    _c17 = re.compile('^/[\\s\\S]*$').search
    return _c17(text)

_c18 = ['http']
_c19 = ['websocket']
_c20 = ['grpc']
def _c21(text):
    global _c21
    _c21 = re.compile('^[-._a-zA-Z0-9]+$').search
    return _c21(text)

def _c22(text):
    global _c22
    _c22 = re.compile('^DOCKER_REGISTRY_[\\s\\S]*$').search
    return _c22(text)

def _c23(text):
    global _c23
    _c23 = re.compile('^(s3|gs|azure|r2|cw)://[\\s\\S]*@[\\s\\S]*$').search
    return _c23(text)

def _c24(text):
    global _c24
    _c24 = re.compile('^bdn:[^/:@]+/[^/:@]+(:[^/:@]+|@(b3:)?[0-9a-fA-F]{12,64})?$').search
    return _c24(text)

def _c25(text):
    global _c25
    _c25 = re.compile('^[^/]{1,256}$').search
    return _c25(text)

_c26 = ['v1']
_c27 = ['v2']
def _c28(text):
    global _c28
    _c28 = re.compile('^([gG][cC][pP]_[sS][eE][rR][vV][iI][cC][eE]_[aA][cC][cC][oO][uU][nN][tT]_[jJ][sS][oO][nN]|[aA][wW][sS]_[iI][aA][mM]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[rR][eE][gG][iI][sS][tT][rR][yY]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c28(text)

_c29 = frozenset(['A100', 'A100_40GB', 'A10G', 'B10', 'B200', 'B300', 'GB300', 'H100', 'H100_40GB', 'H200', 'L4', 'L40S', 'RTX_PRO_6000', 'T4', 'V100'])
_c30 = ['B10', 'T4', 'L4', 'A10G', 'V100', 'A100', 'A100_40GB', 'H100', 'H200', 'H100_40GB', 'B200', 'L40S', 'RTX_PRO_6000', 'B300', 'GB300']
def _c31(text):
    global _c31
    _c31 = re.compile('^\\s*\\+?0*[1-9][0-9]*\\s*$').search
    return _c31(text)

_c32 = frozenset(['.', '..'])
_c33 = ['.', '..']
_c34 = frozenset(['azure', 'gcs', 's3'])
_c35 = ['gcs', 's3', 'azure']
def _c36(text):
    global _c36
    _c36 = re.compile('^([cC][uU][sS][tT][oO][mM]_[sS][eE][cC][rR][eE][tT]|[aA][wW][sS]_[oO][iI][dD][cC]|[gG][cC][pP]_[oO][iI][dD][cC]|[aA][wW][sS]_[aA][sS][sS][uU][mM][eE]_[rR][oO][lL][eE])$').search
    return _c36(text)

def _c37(text):
    global _c37
    _c37 = re.compile('^[\\s\\S]*\\.\\.[\\s\\S]*$').search
    return _c37(text)

_c38 = frozenset(['delete', 'inspect', 'pull', 'push', 'tag'])
_c39 = ['pull', 'push', 'tag', 'inspect', 'delete']
_c40 = frozenset(['decoder', 'deepseek', 'encoder', 'encoder_bert', 'llama', 'mistral', 'palmyra', 'qwen', 'whisper'])
_c41 = ['encoder', 'encoder_bert', 'decoder', 'palmyra', 'qwen', 'llama', 'mistral', 'deepseek', 'whisper']
_c42 = frozenset(['fp4', 'fp4_kv', 'fp4_mlp_only', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'no_quant', 'smooth_quant', 'weights_int4', 'weights_int4_kv_int8', 'weights_int8', 'weights_kv_int8'])
_c43 = ['no_quant', 'weights_int8', 'weights_kv_int8', 'weights_int4', 'weights_int4_kv_int8', 'smooth_quant', 'fp8', 'fp8_kv', 'fp8_mlp_only', 'fp4', 'fp4_kv', 'fp4_mlp_only']
_c44 = frozenset(['guaranteed_no_evict', 'max_utilization'])
_c45 = ['max_utilization', 'guaranteed_no_evict']
_c46 = frozenset(['integer', 'number'])
def _c47(text):
    global _c47
    _c47 = re.compile('^\\s*[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)([eE][+-]?[0-9]+)?\\s*$').search
    return _c47(text)

def _c48(text):
    global _c48
    _c48 = re.compile('^([0-9]{1,3}\\.){3}[0-9]{1,3}(/[0-9]{1,2})?$').search
    return _c48(text)

def _c49(text):
    global _c49
    _c49 = re.compile('^[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?(\\.[a-zA-Z0-9*]([a-zA-Z0-9*-]{0,61}[a-zA-Z0-9*])?)*$').search
    return _c49(text)

def _c50(text):
    global _c50
    _c50 = re.compile('^/+$').search
    return _c50(text)

def _c51(text):
    global _c51
    _c51 = re.compile('^([\\s\\S]*/)?\\.\\.(/[\\s\\S]*)?$').search
    return _c51(text)

_c52 = frozenset(['/predict', '/predict_tokens', '/rerank', '/v1/embeddings', '/v1/systemone'])
_c53 = ['/v1/embeddings', '/v1/systemone', '/rerank', '/predict', '/predict_tokens']
def _c54(text):
    global _c54
    _c54 = re.compile('^[0-9][\\s\\S]*$').search
    return _c54(text)

_c55 = frozenset(['AZURE', 'BASETEN_TRAINING', 'GCS', 'HF', 'LOCAL', 'REMOTE_URL', 'S3'])
_c56 = ['HF', 'GCS', 'S3', 'AZURE', 'LOCAL', 'REMOTE_URL', 'BASETEN_TRAINING']
_c57 = frozenset(['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING'])
_c58 = ['DRAFT_TOKENS_EXTERNAL', 'LOOKAHEAD_DECODING']

def _v0(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p0.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not _v23(v):
        return False
    if not _v24(v):
        return False
    if not _v25(v):
        return False
    return True


def _v1(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    return True


def _v2(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    return True


def _v3(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p1.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v4(v):
    if not (_v26(v) or _v27(v)):
        return False
    return True


def _v5(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v1(item):
            return False
    return True


def _v6(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c1) if type(v) is str else not _in(v, _c2):
        return False
    return True


def _v7(v):
    if not (_v28(v) or _v27(v)):
        return False
    return True


def _v8(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v29(item):
            return False
    return True


def _v9(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v2(item):
            return False
    return True


def _v10(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        check = _p2.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v11(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p3.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v12(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p4.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v13(v):
    if not (_v47(v) or _v27(v)):
        return False
    return True


def _v14(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v48(item):
            return False
    return True


def _v15(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v49(item):
            return False
    return True


def _v16(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p5.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v17(v):
    if not (_v27(v) or _v52(v)):
        return False
    return True


def _v18(v):
    if not (_v53(v) or _v27(v)):
        return False
    return True


def _v19(v):
    if not (_v54(v) or _v27(v)):
        return False
    return True


def _v20(v):
    if not (_v55(v) or _v56(v)):
        return False
    return True


def _v21(v):
    if not (_v57(v) or _v27(v)):
        return False
    return True


def _v22(v):
    if not (_v14(v) or _v27(v)):
        return False
    return True


def _v23(v):
    if _v58(v):
        return False
    return True


def _v24(v):
    if _v59(v):
        return False
    return True


def _v25(v):
    if _v60(v):
        return False
    return True


def _v26(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v61(item):
            return False
    return True


def _v27(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'null':
        return False
    return True


def _v28(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p6.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v29(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c3:
        return False
    return True


def _v30(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c4(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v31(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c5(v) is None:
        return False
    return True


def _v32(v):
    if not (_v27(v) or _v64(v) or _v65(v)):
        return False
    return True


def _v33(v):
    if not (_v66(v) or _v27(v)):
        return False
    return True


def _v34(v):
    if not (_v67(v) or _v27(v)):
        return False
    return True


def _v35(v):
    if not (_v68(v) or _v69(v)):
        return False
    return True


def _v36(v):
    if not (_v70(v) or _v71(v) or _v72(v) or _v73(v)):
        return False
    return True


def _v37(v):
    if not (_v20(v) or _v27(v)):
        return False
    return True


def _v38(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p7.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v39(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p8.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v40(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p9.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v41(v):
    if not (_v75(v) or _v27(v)):
        return False
    return True


def _v42(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c0:
        return False
    if k == 'string':
        if _c6(v) is None:
            return False
    return True


def _v43(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c7) if type(v) is str else not _in(v, _c8):
        return False
    return True


def _v44(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        pass
    return True


def _v45(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v76(key):
            return False
        if not _v1(item):
            return False
    return True


def _v46(v):
    if not _in(v, _c9):
        return False
    return True


def _v47(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'server_port' not in v or 'predict_endpoint' not in v or 'readiness_endpoint' not in v or 'liveness_endpoint' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p10.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v48(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v or 'use_volume' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p11.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if not _v82(v):
        return False
    if not _v83(v):
        return False
    return True


def _v49(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'mount_location' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p12.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v50(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v87(item):
            return False
    return True


def _v51(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v88(item):
            return False
    return True


def _v52(v):
    if not (_v89(v) or _v90(v)):
        return False
    return True


def _v53(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p13.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    if _v92(v):
        return False
    return True


def _v54(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p14.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v55(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'boolean':
        return False
    return True


def _v56(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c10(v) is None:
        return False
    return True


def _v57(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v95(item):
            return False
    return True


def _v58(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'requirements' not in v or 'requirements_file' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p15.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v59(v):
    if not (_v97(v) or _v98(v)):
        return False
    return True


def _v60(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'model_cache' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            pass
    return True


def _v61(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'url' not in v or 'local_data_path' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p16.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v62(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c11(v) is None:
        return False
    return True


def _v63(v):
    if not (_v99(v) or _v27(v)):
        return False
    return True


def _v64(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c12(v) is None:
        return False
    return True


def _v65(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p17.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v66(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    return True


def _v67(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p18.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v68(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    return True


def _v69(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c13(v) is None:
        return False
    return True


def _v70(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        return False
    return True


def _v71(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p19.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v72(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p20.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v73(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'kind' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p21.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v74(v):
    if not (_v35(v) or _v27(v)):
        return False
    return True


def _v75(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p22.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v76(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) > 253:
        return False
    if not (_v108(v) or _v109(v)):
        return False
    return True


def _v77(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if len(v) < 1:
        return False
    return True


def _v78(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if not (_v110(v) or _v111(v)):
        return False
    return True


def _v79(v):
    if not (_v5(v) or _v27(v)):
        return False
    return True


def _v80(v):
    if not (_v77(v) or _v27(v)):
        return False
    return True


def _v81(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c14) if type(v) is str else not _in(v, _c15):
        return False
    return True


def _v82(v):
    if not (_v112(v) or _v113(v)):
        return False
    return True


def _v83(v):
    if not (_v112(v) or _v114(v) or _v115(v)):
        return False
    return True


def _v84(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c16(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v116(v):
        return False
    return True


def _v85(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c17(v) is None:
        return False
    if len(v) < 1:
        return False
    return True


def _v86(v):
    if not (_v117(v) or _v27(v)):
        return False
    return True


def _v87(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'path' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p23.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v88(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'namespace' not in v or 'grants' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p24.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v89(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'build' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p25.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v90(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'inference_stack' not in v or 'build' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p26.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v91(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v128(item):
            return False
    return True


def _v92(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'artifact_references' not in v or 'loops_checkpoint_ids' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p27.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v93(v):
    if not (_v44(v) or _v27(v)):
        return False
    return True


def _v94(v):
    if not (_v129(v) or _v27(v)):
        return False
    return True


def _v95(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'repo_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p28.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v96(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    return True


def _v97(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'model_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p29.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v98(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'hf_cache' not in v or 'weights' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p30.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v99(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p31.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v100(v):
    if not (_v131(v) or _v27(v)):
        return False
    return True


def _v101(v):
    if not (_v66(v) or _v132(v)):
        return False
    return True


def _v102(v):
    if not _in(v, _c18):
        return False
    return True


def _v103(v):
    if not _in(v, _c19):
        return False
    return True


def _v104(v):
    if not (_v133(v) or _v27(v)):
        return False
    return True


def _v105(v):
    if not _in(v, _c20):
        return False
    return True


def _v106(v):
    if not (_v134(v) or _v27(v)):
        return False
    return True


def _v107(v):
    if not (_v135(v) or _v27(v)):
        return False
    return True


def _v108(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c21(v) is None:
            return False
    if _v136(v):
        return False
    return True


def _v109(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c22(v) is None:
            return False
    return True


def _v110(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) > 0:
            return False
    return True


def _v111(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 2:
            return False
    return True


def _v112(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p32.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v113(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'volume_folder' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p33.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v114(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'kind' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p34.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v115(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'object':
        if 'revision' not in v:
            return False
        for key, item in v.items():
            if type(key) is not str and not isinstance(key, str):
                return False
            check = _p35.get(key)
            if check is not None:
                if not check(item):
                    return False
    return True


def _v116(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c23(v) is None:
            return False
    return True


def _v117(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'auth_method' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p36.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v118(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c24(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v140(v):
        return False
    return True


def _v119(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c17(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v141(v):
        return False
    return True


def _v120(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c25(v) is None:
        return False
    if len(v) < 1:
        return False
    if _v140(v):
        return False
    return True


def _v121(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    if len(v) < 1:
        return False
    if _first_repeat(v) is not None:
        return False
    for item in v:
        if not _v142(item):
            return False
    return True


def _v122(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p37.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v123(v):
    if not _in(v, _c26):
        return False
    return True


def _v124(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p38.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v125(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p39.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v126(v):
    if not _in(v, _c27):
        return False
    return True


def _v127(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p40.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v128(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'training_job_id' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p41.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v129(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'metrics' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p42.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v130(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c28(v) is None:
        return False
    return True


def _v131(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c29) if type(v) is str else not _in(v, _c30):
        return False
    return True


def _v132(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c31(v) is None:
        return False
    return True


def _v133(v):
    if not (_v161(v) or _v162(v)):
        return False
    return True


def _v134(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v163(item):
            return False
    return True


def _v135(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v164(item):
            return False
    return True


def _v136(v):
    if (v not in _c32) if type(v) is str else not _in(v, _c33):
        return False
    return True


def _v137(v):
    if (v not in _c34) if type(v) is str else not _in(v, _c35):
        return False
    return True


def _v138(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if len(v) < 1:
            return False
    return True


def _v139(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c36(v) is None:
        return False
    return True


def _v140(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c37(v) is None:
            return False
    return True


def _v141(v):
    if not (_v165(v) or _v166(v)):
        return False
    return True


def _v142(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c38) if type(v) is str else not _in(v, _c39):
        return False
    return True


def _v143(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c40) if type(v) is str else not _in(v, _c41):
        return False
    return True


def _v144(v):
    if not (_v167(v) or _v27(v)):
        return False
    return True


def _v145(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 2048:
        return False
    return True


def _v146(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 1048576:
        return False
    if v <= 64:
        return False
    return True


def _v147(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1:
        return False
    return True


def _v148(v):
    if not (_v168(v) or _v27(v)):
        return False
    return True


def _v149(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c42) if type(v) is str else not _in(v, _c43):
        return False
    return True


def _v150(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p43.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v151(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p44.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v152(v):
    if not (_v169(v) or _v27(v)):
        return False
    return True


def _v153(v):
    if not (_v170(v) or _v27(v)):
        return False
    return True


def _v154(v):
    if not (_v171(v) or _v27(v)):
        return False
    return True


def _v155(v):
    if not (_v172(v) or _v27(v)):
        return False
    return True


def _v156(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c44) if type(v) is str else not _in(v, _c45):
        return False
    return True


def _v157(v):
    if not (_v173(v) or _v27(v)):
        return False
    return True


def _v158(v):
    if not (_v27(v) or _v174(v)):
        return False
    return True


def _v159(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v > 131072:
        return False
    if v <= 64:
        return False
    return True


def _v160(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'array':
        return False
    for item in v:
        if not _v175(item):
            return False
    return True


def _v161(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c46:
        return False
    return True


def _v162(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c47(v) is None:
        return False
    return True


def _v163(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c48(v) is None:
        return False
    return True


def _v164(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c49(v) is None:
        return False
    return True


def _v165(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c50(v) is None:
            return False
    return True


def _v166(v):
    k = _kind(type(v)) or type_name(v)
    if k == 'string':
        if _c51(v) is None:
            return False
    return True


def _v167(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'integer':
        return False
    if v < 1:
        return False
    if v > 1048576:
        return False
    return True


def _v168(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'source' not in v or 'repo' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p45.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v169(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p46.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v170(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        if not _v1(key):
            return False
        if not _v168(item):
            return False
    return True


def _v171(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p47.get(key)
        if check is not None:
            if not check(item):
                return False
        else:
            return False
    return True


def _v172(v):
    k = _kind(type(v)) or type_name(v)
    if k not in _c46:
        return False
    if v > 1:
        return False
    if v <= 0:
        return False
    return True


def _v173(v):
    if (v not in _c52) if type(v) is str else not _in(v, _c53):
        return False
    return True


def _v174(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if _c54(v) is None:
        return False
    return True


def _v175(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'object':
        return False
    if 'name' not in v or 'target' not in v:
        return False
    for key, item in v.items():
        if type(key) is not str and not isinstance(key, str):
            return False
        check = _p48.get(key)
        if check is not None:
            if not check(item):
                return False
    return True


def _v176(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c55) if type(v) is str else not _in(v, _c56):
        return False
    return True


def _v177(v):
    k = _kind(type(v)) or type_name(v)
    if k != 'string':
        return False
    if (v not in _c57) if type(v) is str else not _in(v, _c58):
        return False
    return True


def _v178(v):
    if not (_v122(v) or _v27(v)):
        return False
    return True


_p0 = {'model_name': _v2, 'model_metadata': _v3, 'description': _v2, 'examples_filename': _v1, 'data_dir': _v1, 'external_data': _v4, 'external_package_dirs': _v5, 'python_version': _v6, 'base_image': _v7, 'requirements_file': _v2, 'requirements': _v5, 'system_packages': _v5, 'environment_variables': _v8, 'secrets': _v9, 'resources': _v10, 'runtime': _v11, 'build': _v12, 'build_commands': _v5, 'docker_server': _v13, 'model_cache': _v14, 'weights': _v15, 'bdn': _v16, 'trt_llm': _v17, 'training_checkpoints': _v18, 'bis_llm': _v19, 'input_type': _v1, 'model_framework': _v1, 'model_type': _v1, 'model_module_dir': _v1, 'model_class_filename': _v1, 'model_class_name': _v1, 'bundled_packages_dir': _v1, 'use_local_src': _v20, 'cache_internal': _v21, 'live_reload': _v20, 'apply_library_patches': _v20, 'spec_version': _v1, 'hf_cache': _v22}
_p1 = {'example_model_input': _always}
_p2 = {'cpu': _v30, 'memory': _v31, 'accelerator': _v32, 'use_gpu': _always, 'instance_type': _v2, 'node_count': _v33, 'fabric': _v34}
_p3 = {'predict_concurrency': _v35, 'streaming_read_timeout': _v35, 'enable_tracing_data': _v20, 'enable_debug_logs': _v20, 'transport': _v36, 'is_websocket_endpoint': _v37, 'health_checks': _v38, 'oidc': _v39, 'remote_ssh': _v40, 'egress_restrictions': _v41, 'truss_server_version_override': _v42, 'num_workers': _always}
_p4 = {'model_server': _v43, 'arguments': _v44, 'secret_to_path_mapping': _v45, 'no_cache': _v46}
_p5 = {'mounts': _v50, 'access': _v51, 'hotload': _v40}
_p6 = {'image': _v1, 'python_executable_path': _v62, 'docker_auth': _v63}
_p7 = {'restart_check_delay_seconds': _v74, 'restart_threshold_seconds': _v74, 'stop_traffic_threshold_seconds': _v74, 'startup_threshold_seconds': _v74}
_p8 = {'enabled': _v37}
_p9 = {'enabled': _v20}
_p10 = {'start_command': _v2, 'server_port': _v35, 'predict_endpoint': _v1, 'readiness_endpoint': _v1, 'liveness_endpoint': _v1, 'run_as_user_id': _v74, 'no_build': _v37}
_p11 = {'repo_id': _v77, 'revision': _v78, 'allow_patterns': _v79, 'ignore_patterns': _v79, 'volume_folder': _v80, 'use_volume': _v20, 'kind': _v81, 'runtime_secret_name': _v1}
_p12 = {'source': _v84, 'mount_location': _v85, 'auth': _v86, 'auth_secret_name': _v2, 'allow_patterns': _v79, 'ignore_patterns': _v79}
_p13 = {'download_folder': _v1, 'artifact_references': _v91, 'loops_checkpoint_ids': _v5}
_p14 = {'config': _v93, 'version': _v1, 'additional_autoscaling_config': _v94}
_p15 = {'requirements': _v96, 'requirements_file': _v77}
_p16 = {'url': _v77, 'local_data_path': _v77, 'backend': _v1, 'name': _v2}
_p17 = {'accelerator': _v100, 'count': _v101}
_p18 = {'use_rdma': _v37, 'preferences': _v79}
_p19 = {'kind': _v102}
_p20 = {'kind': _v103, 'ping_interval_seconds': _v104, 'ping_timeout_seconds': _v104}
_p21 = {'kind': _v105}
_p22 = {'ip_allow_list': _v106, 'fqdn_allow_list': _v107}
_p23 = {'source': _v118, 'path': _v119, 'include': _v5, 'exclude': _v5}
_p24 = {'namespace': _v120, 'grants': _v121}
_p25 = {'build': _v122, 'inference_stack': _v123, 'runtime': _v124, 'version_overrides': _v125}
_p26 = {'inference_stack': _v126, 'build': _v122, 'runtime': _v127, 'version_overrides': _v125}
_p27 = {'artifact_references': _v96, 'loops_checkpoint_ids': _v96}
_p28 = {'repo_id': _v77, 'revision': _v1, 'allow_patterns': _v79, 'ignore_patterns': _v79, 'volume_folder': _v80, 'use_volume': _v20, 'kind': _v81, 'runtime_secret_name': _v1}
_p29 = {'model_cache': _v96, 'weights': _v96}
_p30 = {'hf_cache': _v96, 'weights': _v96}
_p31 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v130, 'registry': _v2, 'secret_name': _v2, 'aws_access_key_id_secret_name': _v1, 'aws_secret_access_key_secret_name': _v1}
_p32 = {'use_volume': _v46}
_p33 = {'volume_folder': _v77}
_p34 = {'kind': _v137}
_p35 = {'revision': _v138}
_p36 = {'aws_oidc_role_arn': _v2, 'aws_oidc_region': _v2, 'gcp_oidc_service_account': _v2, 'gcp_oidc_workload_id_provider': _v2, 'aws_assume_role_arn': _v2, 'aws_assume_role_region': _v2, 'auth_method': _v139, 'auth_secret_name': _v2}
_p37 = {'base_model': _v143, 'max_seq_len': _v144, 'max_batch_size': _v145, 'max_num_tokens': _v146, 'max_beam_width': _v147, 'max_prompt_embedding_table_size': _v35, 'checkpoint_repository': _v148, 'gather_all_token_logits': _v20, 'strongly_typed': _v20, 'quantization_type': _v149, 'quantization_config': _v150, 'tensor_parallel_count': _v66, 'pipeline_parallel_count': _v35, 'moe_expert_parallel_option': _v35, 'sequence_parallel_count': _v35, 'plugin_configuration': _v151, 'num_builder_gpus': _v33, 'speculator': _v152, 'lora_adapters': _v153, 'lora_configuration': _v154, 'skip_build_result': _v20, 'lora_cache_max_adapter_size': _always, 'lora_cache_optimal_adapter_size': _always, 'lora_cache_gpu_memory_fraction': _always, 'lora_cache_host_memory_bytes': _always}
_p38 = {'kv_cache_free_gpu_mem_fraction': _v133, 'kv_cache_host_memory_bytes': _v33, 'lora_cache_max_adapter_size': _v33, 'lora_cache_optimal_adapter_size': _v33, 'lora_cache_gpu_memory_fraction': _v155, 'lora_cache_host_memory_bytes': _v33, 'enable_chunked_context': _v20, 'batch_scheduler_policy': _v156, 'request_default_max_tokens': _v33, 'served_model_name': _v2, 'total_token_limit': _v35, 'webserver_default_route': _v157}
_p39 = {'engine_builder_version': _v158, 'briton_version': _v158, 'bei_version': _v158, 'bei_bert_version': _v158, 'v2_llm_version': _v2}
_p40 = {'max_seq_len': _v144, 'max_batch_size': _v145, 'max_num_tokens': _v159, 'tensor_parallel_size': _v66, 'enable_chunked_prefill': _v20, 'served_model_name': _v2, 'patch_kwargs': _v44, 'gated_features': _v44}
_p41 = {'training_job_id': _v1, 'paths': _v5}
_p42 = {'metrics': _v160}
_p43 = {'calib_size': _v68, 'calib_dataset': _v1, 'calib_max_seq_length': _v68}
_p44 = {'paged_kv_cache': _v20, 'use_paged_context_fmha': _v20, 'use_fp8_context_fmha': _v20}
_p45 = {'source': _v176, 'repo': _v1, 'revision': _v2, 'runtime_secret_name': _v1}
_p46 = {'speculative_decoding_mode': _v177, 'num_draft_tokens': _v33, 'checkpoint_repository': _v148, 'runtime': _v124, 'build': _v178, 'lookahead_windows_size': _v33, 'lookahead_ngram_size': _v33, 'lookahead_verification_set_size': _v33, 'enable_b10_lookahead': _v37}
_p47 = {'max_lora_rank': _v35, 'lora_target_modules': _v5}
_p48 = {'name': _v1, 'target': _v133}

is_valid = _v0
