"""Build the health-fact vocabularies in ``scanner/detect/vocab/`` from THUOCL's medical lexicon.

THUOCL (Tsinghua University Open Chinese Lexicon, MIT licence) lists 18,749 medical words with
their document frequency in a large web corpus. Its words are mixed (医院, 检查, 精神 …), so a
word is kept only when its *form* says what it is — the head morpheme Chinese medical names end
in: a disease (…炎, …癌, …综合征, …骨折), a drug or vaccine (…霉素, …沙星, …胶囊, …疫苗), a
laboratory test or examination (…检查, …造影, …转氨酶, …血红蛋白). Generic words that merely
end so (疾病, 照片, 因素, 常规检查) are listed below and dropped.

Run: ``python scripts/build_vocab.py THUOCL_medical.txt`` (the file from
https://github.com/thunlp/THUOCL, data/THUOCL_medical.txt); it rewrites disease.txt, drug.txt
and lab.txt. Provenance: scanner/detect/vocab/README.md.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path


def _words(text: str) -> list[str]:
    return text.split()


OUT = Path(__file__).resolve().parent.parent / "scanner" / "detect" / "vocab"

DISEASE_ENDINGS = tuple(
    _words(
        """
    综合征 综合症 感染 结石 梗死 梗塞 衰竭 溃疡 骨折 贫血 哮喘 中毒
    结核 疟疾 痢疾 麻疹 水痘 高血压 低血压 炎 癌 瘤 症 病
    """
    )
)
DISEASE_GENERIC = set(
    _words(
        """
    疾病 传染病 毛病 发病 患病 看病 生病 职业病 富贵病 慢性病 慢病
    疑难病 常见病 多发病 流行病 地方病 大病 重病 急病 心病 怪病 热病
    妇科病 皮肤病 疫病 老年病 遗传病 传染性疾病 并发症 后遗症 适应症
    禁忌症 炎症 病症 重症 急症 绝症 顽症 癌症 肿瘤 恐惧症 强迫症
    拖延症 选择恐惧症 手机病 空调病 文明病 现代病 城市病 中毒
    """
    )
)
DRUG_ENDINGS = tuple(
    _words(
        """
    霉素 西林 沙星 他汀 地平 洛尔 沙坦 普利 胶囊 注射液 颗粒
    口服液 疫苗 胰岛素 双胍 滴眼液 喷雾剂 软膏 糖浆 片 丸 唑 嗪 酮
    芬 卡因 洛韦 替丁 拉唑 磺胺 素
    """
    )
)
DRUG_GENERIC = set(
    _words(
        """
    照片 图片 切片 胶片 芯片 影片 药片 刀片 碎片 唱片 薄片 叶片
    名片 鳞片 卡片 因素 要素 元素 朴素 色素 毒素 激素 营养素
    维生素 睾丸 肉丸 药丸 弹丸 鱼丸 颗粒 疫苗
    """
    )
)
LAB_ENDINGS = tuple(
    _words(
        """
    检查 常规 测定 造影 彩超 超声 心电图 转氨酶 胆固醇 甘油三酯 肌酐
    尿素氮 尿酸 血红蛋白 白细胞 红细胞 血小板 血糖 白蛋白 球蛋白
    尿蛋白 甲胎蛋白 脂蛋白 抗原 抗体 胸片 核磁共振 胃镜 肠镜 活检
    计数 功能 血脂 血沉 乙肝五项 B超
    """
    )
)
LAB_GENERIC = set(
    _words(
        """
    检查 常规 测定 超声 计数 抗原 抗体 体格检查 特殊检查 常规检查
    实验室检查 辅助检查 高血糖 低血糖 功能 免疫功能 性功能
    正常人体功能
    """
    )
)

_WORD = re.compile(r"[\u4e00-\u9fffA-Za-z0-9]{2,}")


def pick(words: list[str], endings: tuple[str, ...], generic: set[str]) -> list[str]:
    return sorted(
        {w for w in words if _WORD.fullmatch(w) and w not in generic and w.endswith(endings)}
    )


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__)
        return 2
    lines = Path(argv[0]).read_text(encoding="utf-8").splitlines()
    words = [line.split("\t")[0].strip() for line in lines if line.strip()]
    disease = pick(words, DISEASE_ENDINGS, DISEASE_GENERIC)
    lab = pick(words, LAB_ENDINGS, LAB_GENERIC)
    # a word is one kind: 糖尿病 is not also a lab word, 乙肝疫苗 not a disease
    taken = set(disease) | set(lab)
    drug = [w for w in pick(words, DRUG_ENDINGS, DRUG_GENERIC) if w not in taken]
    for name, items in (("disease", disease), ("drug", drug), ("lab", lab)):
        (OUT / f"{name}.txt").write_text("\n".join(items) + "\n", encoding="utf-8")
        print(f"{name}: {len(items)} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
